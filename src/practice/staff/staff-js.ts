// The staff pages' script, served as /static/staff.js: it asks the browser for a passkey (WebAuthn)
// with the server's options and posts the answer back, and shows the print button of a summary. Our own few lines around
// navigator.credentials, as JSON in the shape @simplewebauthn/server verifies.
export const staffJs = `"use strict";
(function () {
  function toBytes(b64url) {
    var b64 = b64url.replace(/-/g, "+").replace(/_/g, "/");
    var bin = atob(b64 + "===".slice((b64.length + 3) % 4));
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out.buffer;
  }
  function toB64url(buffer) {
    var bytes = new Uint8Array(buffer), bin = "";
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin).replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "");
  }
  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body || {}),
    }).then(function (res) {
      return res.json().then(function (json) {
        if (!res.ok) throw new Error((json && json.error && json.error.message) || "refused");
        return json;
      });
    });
  }
  function withIds(list) {
    return (list || []).map(function (c) { return Object.assign({}, c, { id: toBytes(c.id) }); });
  }
  function register(base) {
    return post(base + "/opties").then(function (o) {
      var publicKey = Object.assign({}, o, {
        challenge: toBytes(o.challenge),
        user: Object.assign({}, o.user, { id: toBytes(o.user.id) }),
        excludeCredentials: withIds(o.excludeCredentials),
      });
      return navigator.credentials.create({ publicKey: publicKey });
    }).then(function (cred) {
      var r = cred.response;
      return post(base, {
        id: cred.id, rawId: toB64url(cred.rawId), type: cred.type,
        clientExtensionResults: cred.getClientExtensionResults(),
        authenticatorAttachment: cred.authenticatorAttachment || undefined,
        response: {
          clientDataJSON: toB64url(r.clientDataJSON),
          attestationObject: toB64url(r.attestationObject),
          transports: r.getTransports ? r.getTransports() : [],
        },
      });
    });
  }
  function signIn(base) {
    return post(base + "/opties").then(function (o) {
      var publicKey = Object.assign({}, o, { challenge: toBytes(o.challenge), allowCredentials: withIds(o.allowCredentials) });
      return navigator.credentials.get({ publicKey: publicKey });
    }).then(function (cred) {
      var r = cred.response;
      return post(base, {
        id: cred.id, rawId: toB64url(cred.rawId), type: cred.type,
        clientExtensionResults: cred.getClientExtensionResults(),
        authenticatorAttachment: cred.authenticatorAttachment || undefined,
        response: {
          clientDataJSON: toB64url(r.clientDataJSON),
          authenticatorData: toB64url(r.authenticatorData),
          signature: toB64url(r.signature),
          userHandle: r.userHandle ? toB64url(r.userHandle) : undefined,
        },
      });
    });
  }
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll("[data-passkey]").forEach(function (button) {
    var status = document.getElementById("passkey-status");
    button.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      if (status) status.textContent = button.getAttribute("data-wait") || "";
      var run = button.getAttribute("data-passkey") === "register" ? register : signIn;
      run(button.getAttribute("data-base")).then(function (done) {
        window.location.assign(done.next || "/praktijk");
      }, function (error) {
        button.disabled = false;
        if (status) status.textContent = (button.getAttribute("data-failed") || "") + " " + error.message;
      });
    });
  });
})();
`;
