// A Socket.IO 4 server for the socketio module's tests. Listens on 127.0.0.1, port 0, and
// prints "port N" once it listens. GET /stats answers {"connections": N, "open": M,
// "last_handshake": {header, query}}: how many connections the server has seen and how many
// are open, so tests can count them, and the X-Test header and q parameter of the last one.
//
// Default namespace:
//   ping (data)        -> emits "pong" with {pong: true, ...data}, after data.delay_ms if given
//   echo (...args, ack) -> emits "echoed" with the same arguments and acks with them
//   never_ack (..., ack) -> never calls the ack
//   join (room, ack)   -> joins the room, acks {joined: room}
//   say ({room, text}, ack) -> emits "message" {from, text} to the room (sender included), acks
//   drop               -> closes the underlying connection (the client sees a transport close)
//   drop_later (ms)    -> closes it after ms milliseconds
// Namespace /admin: needs auth {token: "secret"}; answers ping like the default namespace.
const fs = require("fs");
const http = require("http");
const https = require("https");

// With TLS_CERT_FILE and TLS_KEY_FILE (PEM), a TLS server instead.
function createServer(handler) {
  if (!process.env.TLS_CERT_FILE) return http.createServer(handler);
  const tls = { cert: fs.readFileSync(process.env.TLS_CERT_FILE), key: fs.readFileSync(process.env.TLS_KEY_FILE) };
  return https.createServer(tls, handler);
}
const { Server } = require("socket.io");

let connections = 0;
let open = 0;
let lastHandshake = null;

const httpServer = createServer((req, res) => {
  if (req.url === "/stats") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ connections, open, last_handshake: lastHandshake }));
  }
});
const io = new Server(httpServer, { maxHttpBufferSize: 1e7 });

io.engine.on("connection", (conn) => {
  connections++;
  open++;
  conn.on("close", () => open--);
});

function answerPing(socket) {
  socket.on("ping", (data) => {
    const reply = Object.assign({ pong: true }, data);
    delete reply.delay_ms;
    const delay = data && data.delay_ms ? data.delay_ms : 0;
    setTimeout(() => socket.emit("pong", reply), delay);
  });
}

io.on("connection", (socket) => {
  lastHandshake = { header: socket.handshake.headers["x-test"] || null, query: socket.handshake.query.q || null };
  answerPing(socket);
  socket.on("echo", (...args) => {
    const ack = typeof args[args.length - 1] === "function" ? args.pop() : null;
    socket.emit("echoed", ...args);
    if (ack) ack(...args);
  });
  socket.on("never_ack", () => {});
  socket.on("join", (room, ack) => {
    socket.join(room);
    if (ack) ack({ joined: room });
  });
  socket.on("say", (msg, ack) => {
    io.to(msg.room).emit("message", { from: socket.handshake.auth.name || socket.id, text: msg.text });
    if (ack) ack({ sent: true });
  });
  socket.on("drop", () => socket.conn.close());
  socket.on("drop_later", (ms) => setTimeout(() => socket.conn.close(), ms));
});

const admin = io.of("/admin");
admin.use((socket, next) => {
  if (socket.handshake.auth && socket.handshake.auth.token === "secret") return next();
  next(new Error("unauthorized: wrong or missing token"));
});
admin.on("connection", answerPing);

httpServer.listen(0, "127.0.0.1", () => {
  console.log("port " + httpServer.address().port);
});
// Stop when the test that started us goes away.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
