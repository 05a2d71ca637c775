// A WebSocket server (the ws package) for the websocket module's tests. Listens on 127.0.0.1,
// port 0, and prints "port N" once it listens. GET /stats answers {"connections": N, "open": M,
// "closes": [{code, reason, tag}], "protocols": [...], "headers": [...]}: what the server has seen.
//
// Every text or binary message is echoed back, except these text messages:
//   "close"   -> the server closes with code 4000, reason "bye"
//   "drop"    -> the server drops the TCP connection without a close frame
//   "silent"  -> no answer
//   "burst N" -> N messages {"seq": i}, i = 0..N-1, in reverse order
const fs = require("fs");
const http = require("http");
const https = require("https");

// With TLS_CERT_FILE and TLS_KEY_FILE (PEM), a TLS server instead.
function createServer(handler) {
  if (!process.env.TLS_CERT_FILE) return http.createServer(handler);
  const tls = { cert: fs.readFileSync(process.env.TLS_CERT_FILE), key: fs.readFileSync(process.env.TLS_KEY_FILE) };
  return https.createServer(tls, handler);
}
const { WebSocketServer } = require("ws");

const stats = { connections: 0, open: 0, closes: [], protocols: [], headers: [] };

const server = createServer((req, res) => {
  if (req.url === "/stats") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(stats));
  }
});
const wss = new WebSocketServer({
  server,
  path: "/", // an upgrade to any other path is refused with 400
  handleProtocols: (protocols) => (protocols.size ? [...protocols][0] : false),
});

wss.on("connection", (ws, req) => {
  stats.connections++;
  stats.open++;
  stats.protocols.push(ws.protocol);
  stats.headers.push(req.headers["x-test"] || null);
  ws.on("close", (code, reason) => {
    stats.open--;
    // tag: the X-Test header, if any, so that a test can find its own connection's close.
    stats.closes.push({ code, reason: reason.toString(), tag: req.headers["x-test"] });
  });
  ws.on("message", (data, isBinary) => {
    const text = isBinary ? null : data.toString();
    if (text === "close") return ws.close(4000, "bye");
    if (text === "drop") return ws.terminate();
    if (text === "silent") return;
    if (text && text.startsWith("burst ")) {
      const n = Number(text.slice(6));
      for (let i = n - 1; i >= 0; i--) ws.send(JSON.stringify({ seq: i }));
      return;
    }
    ws.send(data, { binary: isBinary });
  });
});

server.listen(0, "127.0.0.1", () => {
  console.log("port " + server.address().port);
});
// Stop when the test that started us goes away.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
