// A builder consumed by `finish(self)` and then used again.
#[derive(Debug)]
struct Request {
    path_len: usize,
    retries: u8,
    verbose: bool,
}

struct RequestBuilder {
    path_len: usize,
    retries: u8,
    verbose: bool,
}

impl RequestBuilder {
    fn new(path_len: usize) -> RequestBuilder {
        RequestBuilder { path_len, retries: 0, verbose: false }
    }

    fn retries(mut self, n: u8) -> RequestBuilder {
        self.retries = n;
        self
    }

    fn verbose(self) -> RequestBuilder {
        RequestBuilder { verbose: true, ..self }
    }

    fn finish(self) -> Request {
        Request { path_len: self.path_len, retries: self.retries, verbose: self.verbose }
    }

    fn peek(&self) -> u8 {
        self.retries
    }
}

fn main() {
    let b = RequestBuilder::new(12).retries(3);
    let req = b.finish();
    println!("{:?}", req);
    println!("retries left {}", b.peek());

    let v = RequestBuilder::new(4);
    let v2 = v.verbose();
    let again = v.finish();
    println!("{:?} {}", again, v2.peek());
}
