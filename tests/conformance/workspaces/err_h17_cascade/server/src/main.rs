use codec::encode;
use proto::{Frame, MAGIC};

fn main() {
    let f = Frame::ping();
    let mut buf = [0u8; 4];
    let n = encode(&f, &mut buf);
    logkit::line(1, "sent");
    println!("{} bytes {:?} magic {}", n, buf, MAGIC);
    f.send();
}
