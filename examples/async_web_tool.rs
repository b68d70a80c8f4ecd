//! An async web tool: `fetch_url(url: str) -> str`, a struct implementing `AsyncTool`
//! on top of `reqwest`, called concurrently from agent code with `asyncio.gather`.
//!
//! The example is offline: it first starts its own tiny HTTP/1.1 server on
//! `127.0.0.1` (a free port) serving `/a`, `/b` and `/slow` (which answers after
//! 300 ms); every other path is a 404, which the tool turns into an `OSError` the
//! agent code catches. The four gathered fetches (two of them `/slow`) finish in about
//! 300 ms, not 600 ms, because the executor polls the tool calls concurrently.
//!
//! Run with `cargo run --example async_web_tool`.

use std::time::{Duration, Instant};

use async_trait::async_trait;
use minion::tool::{AsyncTool, ToolArgs, ToolError, ToolSpec, Value};
use minion::AsyncLocalPythonExecutor;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// How long `/slow` takes to answer.
const SLOW: Duration = Duration::from_millis(300);

/// Fetches a URL over plain HTTP and returns its body as text.
struct AsyncWebTool {
    client: reqwest::Client,
}

impl AsyncWebTool {
    fn new() -> Self {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            // Ignore HTTP_PROXY and friends: the server is on this machine.
            .no_proxy()
            .build()
            .expect("HTTP client");
        AsyncWebTool { client }
    }
}

#[async_trait]
impl AsyncTool for AsyncWebTool {
    fn spec(&self) -> ToolSpec {
        ToolSpec::new("fetch_url", "Fetches a URL and returns its body as text.")
            .input("url", "str", "the URL to fetch (http:// only)")
            .output("str")
    }

    async fn forward(&self, args: ToolArgs) -> Result<Value, ToolError> {
        let url = args.get::<String>("url")?;
        let response = self
            .client
            .get(&url)
            .send()
            .await
            .map_err(|e| ToolError::with_type("ConnectionError", format!("{url}: {e}")))?;
        let status = response.status();
        if !status.is_success() {
            // Raised in the agent code as `OSError("HTTP 404 Not Found: <url>")`.
            return Err(ToolError::with_type(
                "OSError",
                format!("HTTP {status}: {url}"),
            ));
        }
        let body = response
            .text()
            .await
            .map_err(|e| ToolError::with_type("ConnectionError", format!("{url}: {e}")))?;
        Ok(Value::from(body))
    }
}

/// Starts the local server in the background; returns its base URL.
async fn start_server() -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        loop {
            match listener.accept().await {
                Ok((stream, _)) => {
                    tokio::spawn(async move {
                        if let Err(e) = serve(stream).await {
                            eprintln!("[server] connection error: {e}");
                        }
                    });
                }
                Err(e) => eprintln!("[server] accept error: {e}"),
            }
        }
    });
    Ok(format!("http://{addr}"))
}

/// Answers one request on `stream`, then closes it.
async fn serve(mut stream: TcpStream) -> std::io::Result<()> {
    // Read the request head (the requests here have no body).
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            break;
        }
        head.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&head);
    let mut parts = head.lines().next().unwrap_or("").split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split('?').next().unwrap_or("/");

    let (status, body) = match (method, path) {
        ("GET", "/a") => ("200 OK", "alpha: the first page".to_string()),
        ("GET", "/b") => ("200 OK", "beta: the second page".to_string()),
        ("GET", "/slow") => {
            tokio::time::sleep(SLOW).await;
            (
                "200 OK",
                format!("slow: answered after {} ms", SLOW.as_millis()),
            )
        }
        ("GET", _) => ("404 Not Found", format!("no page at {path}")),
        _ => ("405 Method Not Allowed", "GET only".to_string()),
    };
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/plain; charset=utf-8\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(response.as_bytes()).await?;
    stream.shutdown().await
}

/// The agent code: four fetches at once, a 404 caught, and a gather that keeps errors.
const CODE: &str = r#"
import asyncio

urls = [f"{base_url}/a", f"{base_url}/b", f"{base_url}/slow", f"{base_url}/slow?again=1"]
pages = await asyncio.gather(*[fetch_url(url) for url in urls])
for url, page in zip(urls, pages):
    print(f"{url.removeprefix(base_url):<14} -> {page}")

try:
    await fetch_url(f"{base_url}/missing")
except OSError as e:
    print("caught:", e)

mixed = await asyncio.gather(
    fetch_url(f"{base_url}/b"),
    fetch_url(f"{base_url}/nope"),
    return_exceptions=True,
)
for result in mixed:
    if isinstance(result, Exception):
        print("failed:", type(result).__name__, result)
    else:
        print("ok:", result)

{"pages": len(pages), "chars": sum(len(page) for page in pages)}
"#;

#[tokio::main]
async fn main() {
    let base_url = match start_server().await {
        Ok(url) => url,
        Err(e) => {
            eprintln!("could not start the local server: {e}");
            std::process::exit(1);
        }
    };
    println!("== local server at {base_url}");

    let mut executor = AsyncLocalPythonExecutor::new();
    executor.send_tool(AsyncWebTool::new());
    if let Err(e) = executor.send_variables([("base_url", Value::from(base_url.as_str()))]) {
        eprintln!("{e}");
        std::process::exit(1);
    }
    for (spec, is_async) in executor.tool_specs() {
        println!("== tool stub:\n{}", spec.python_stub(is_async));
    }

    let start = Instant::now();
    let result = executor.run(CODE).await;
    let elapsed = start.elapsed();
    match result {
        Ok(out) => {
            println!("== logs:\n{}", out.logs.trim_end());
            println!(
                "== output: {}",
                out.output_repr().unwrap_or_else(|| "None".into())
            );
            println!(
                "== run took {} ms (two {} ms fetches ran concurrently)",
                elapsed.as_millis(),
                SLOW.as_millis()
            );
        }
        Err(e) => {
            print!("{}", e.logs);
            eprintln!("{e}\n{}", e.traceback);
            std::process::exit(1);
        }
    }
}
