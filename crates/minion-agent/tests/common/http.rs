//! A scripted HTTP/1.1 server on 127.0.0.1, for testing HTTP clients without the
//! network.
//!
//! Each connection carries one request: the server reads it (headers plus a
//! `Content-Length` body; chunked bodies are not supported), records it, answers
//! with the next [`Reply`] from its script and closes the connection
//! (`Connection: close`). Once the script is used up it answers `418` with a body
//! saying so, a status no client retries, so a test that sends one request too many
//! fails at once and readably.
//!
//! Use it from a test file in `tests/` with
//!
//! ```ignore
//! mod common {
//!     pub mod http;
//! }
//! use common::http::{Reply, ScriptedServer};
//!
//! let server = ScriptedServer::start([
//!     Reply::text(500, "busy"),
//!     Reply::json(200, serde_json::json!({"ok": true})),
//! ])
//! .await;
//! // ... point the client at server.url() ...
//! assert_eq!(server.requests().len(), 2);
//! ```
//!
//! The server runs on the test's tokio runtime (a plain `#[tokio::test]` will do)
//! and stops when the [`ScriptedServer`] is dropped.

// Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// Largest request head (request line plus headers) the server reads.
const MAX_HEAD_BYTES: usize = 64 * 1024;

/// One scripted answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// Extra headers; `Content-Length` and `Connection: close` are always added.
    pub headers: Vec<(String, String)>,
    /// The body, sent as is.
    pub body: String,
    /// Never answer: read the request, then hold the connection open until the
    /// server is dropped (for client timeouts).
    pub hang: bool,
}

impl Reply {
    /// A JSON body with `Content-Type: application/json`.
    pub fn json(status: u16, body: serde_json::Value) -> Reply {
        Reply::text(status, body.to_string()).header("Content-Type", "application/json")
    }

    /// A body sent verbatim, with no `Content-Type`.
    pub fn text(status: u16, body: impl Into<String>) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: body.into(),
            hang: false,
        }
    }

    /// An answer that never comes (see [`Reply::hang`]'s field doc).
    pub fn hang() -> Reply {
        Reply {
            hang: true,
            ..Reply::text(200, "")
        }
    }

    /// This reply with one more header.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// A request as the server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// `POST`, `GET`, ...
    pub method: String,
    /// The request target, e.g. `/v1/chat/completions`.
    pub path: String,
    /// The headers in arrival order, names as sent.
    pub headers: Vec<(String, String)>,
    /// The body (invalid UTF-8 replaced).
    pub body: String,
}

impl Request {
    /// The first header named `name` (case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The body parsed as JSON; panics, quoting the body, when it is not JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|error| panic!("request body is not JSON ({error}): {}", self.body))
    }
}

/// State shared by the accept loop and the connection tasks.
#[derive(Default)]
struct Shared {
    script: Mutex<VecDeque<Reply>>,
    requests: Mutex<Vec<Request>>,
}

/// The server; see the module docs.
pub struct ScriptedServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept: JoinHandle<()>,
}

impl ScriptedServer {
    /// Binds 127.0.0.1 on a free port and starts answering with `replies`, in order.
    pub async fn start(replies: impl IntoIterator<Item = Reply>) -> ScriptedServer {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local address");
        let shared = Arc::new(Shared {
            script: Mutex::new(replies.into_iter().collect()),
            requests: Mutex::new(Vec::new()),
        });
        let accept = tokio::spawn(accept_loop(listener, Arc::clone(&shared)));
        ScriptedServer {
            addr,
            shared,
            accept,
        }
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Every request received so far, in the order they were read.
    pub fn requests(&self) -> Vec<Request> {
        self.shared.requests.lock().expect("requests lock").clone()
    }

    /// How many scripted replies have not been sent yet.
    pub fn replies_left(&self) -> usize {
        self.shared.script.lock().expect("script lock").len()
    }
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        // Dropping the accept loop drops its `JoinSet`, which aborts every
        // connection task, hanging ones included.
        self.accept.abort();
    }
}

/// `http://127.0.0.1:<port>` for a port nothing listens on: bound, then released.
/// (Another process could take the port in between; on loopback that is unlikely
/// enough for tests.)
pub async fn closed_port_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().expect("local address");
    drop(listener);
    format!("http://{addr}")
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    let mut connections = JoinSet::new();
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        // Reap finished connections so the set does not grow without bound.
        while connections.try_join_next().is_some() {}
        connections.spawn(serve(stream, Arc::clone(&shared)));
    }
}

/// Reads one request from `stream`, records it and sends the next reply.
async fn serve(mut stream: TcpStream, shared: Arc<Shared>) {
    let Some(request) = read_request(&mut stream).await else {
        let _ = write_reply(&mut stream, &Reply::text(400, "unreadable request")).await;
        return;
    };
    let number = {
        let mut requests = shared.requests.lock().expect("requests lock");
        requests.push(request);
        requests.len()
    };
    let reply = shared
        .script
        .lock()
        .expect("script lock")
        .pop_front()
        .unwrap_or_else(|| {
            Reply::text(
                418,
                format!("scripted server: no reply left for request {number}"),
            )
        });
    if reply.hang {
        // Keep the connection open, unanswered, until the server is dropped.
        std::future::pending::<()>().await;
    }
    let _ = write_reply(&mut stream, &reply).await;
}

/// One HTTP/1.1 request, or `None` when the stream does not hold one.
async fn read_request(stream: &mut TcpStream) -> Option<Request> {
    let mut buffer = Vec::new();
    let head_end = loop {
        if let Some(at) = find(&buffer, b"\r\n\r\n") {
            break at;
        }
        if buffer.len() > MAX_HEAD_BYTES {
            return None;
        }
        let mut chunk = [0u8; 4096];
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    };

    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_string();
    let path = request_line.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_string(), value.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .map_or(Some(0), |(_, value)| value.parse().ok())?;

    let mut body = buffer.split_off(head_end + 4);
    while body.len() < length {
        let mut chunk = [0u8; 4096];
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..read]);
    }
    body.truncate(length);

    Some(Request {
        method,
        path,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

async fn write_reply(stream: &mut TcpStream, reply: &Reply) -> std::io::Result<()> {
    // Clients ignore the reason phrase, so one fits every status.
    let mut head = format!(
        "HTTP/1.1 {} Scripted\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reply.body.len()
    );
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(reply.body.as_bytes()).await?;
    stream.flush().await?;
    stream.shutdown().await
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}
