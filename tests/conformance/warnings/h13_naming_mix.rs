// lints: non_snake_case non_camel_case_types non_upper_case_globals
// Code ported from a C codebase keeps its naming habits.
const maxRetries: u32 = 3;
static default_timeout_ms: u64 = 250;
const HTTP_OK: u16 = 200;

#[derive(Debug, Clone, Copy, PartialEq)]
enum http_status {
    Ok,
    not_found,
    ServerError,
}

struct request_info {
    Path: &'static str,
    retryCount: u32,
}

struct Parser_State(u8);

mod NetUtils {
    pub fn ParseHeader(lineText: &str) -> usize {
        let HeaderLen = lineText.len();
        HeaderLen
    }
}

impl request_info {
    const maxPath: usize = 64;

    fn IsValid(&self) -> bool {
        self.Path.len() < Self::maxPath && self.retryCount <= maxRetries
    }
}

type byte_count = usize;

fn status_for(code: u16) -> http_status {
    match code {
        HTTP_OK => http_status::Ok,
        404 => http_status::not_found,
        _ => http_status::ServerError,
    }
}

#[allow(non_snake_case)]
fn LegacyEntry(X: i32) -> i32 {
    X + 1
}

fn main() {
    let req = request_info { Path: "/index", retryCount: 1 };
    let BytesSent: byte_count = NetUtils::ParseHeader("Host: x");
    let st = Parser_State(2);
    println!("{} {} {:?} {:?} {}", req.IsValid(), BytesSent, status_for(404), status_for(500), st.0);
    println!("{} {} {}", default_timeout_ms, LegacyEntry(1), http_status::Ok == status_for(200));
    let r#loop = 3;
    let _Ignored = r#loop;
}
