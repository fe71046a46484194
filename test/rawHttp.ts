import { connect } from "node:net";

/** Sends raw bytes to 127.0.0.1:`port` and resolves with the status line's code and the whole answer. */
export function rawRequest(port: number, request: string | Buffer, timeoutMs = 5000) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    const finish = () => {
      socket.destroy();
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, text });
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on("data", (chunk) => {
      text += chunk.toString("latin1");
      // One complete answer is enough (keep-alive would hold the socket open).
      const head = text.indexOf("\r\n\r\n");
      const length = /content-length: (\d+)/i.exec(text)?.[1];
      if (head >= 0 && length !== undefined && text.length >= head + 4 + Number(length)) {
        clearTimeout(timer);
        finish();
      }
    });
    socket.on("close", () => (clearTimeout(timer), finish()));
    socket.on("error", (error) => (clearTimeout(timer), reject(error)));
    socket.write(request);
  });
}
