// Stands in for express and raw-body in the Workers bundle (wrangler.toml [alias]): Bolt imports them
// for its ExpressReceiver and HTTPReceiver, which we never use (HonoReceiver takes Slack's requests),
// and with them come iconv-lite's code tables and mime-db, a third of a megabyte for nothing.
const unavailable = (): never => {
  throw new Error("express is not available on Workers; the app receives Slack through HonoReceiver");
};

export default unavailable;
export const Router = unavailable;
