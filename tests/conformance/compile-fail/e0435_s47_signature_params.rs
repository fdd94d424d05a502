// Buffers sized by a function's own parameters: only consts can give an array length.
const PAGE: usize = 16;

struct Page {
    bytes: [u8; PAGE],
}

fn fill(mut n: usize, buf: [u8; n]) -> usize {
    n += buf.len();
    n
}

fn split((width, height): (usize, usize)) -> [u8; width] {
    [0; 3]
}

fn page_of(count: usize) -> [Page; count] {
    let p = Page { bytes: [0; PAGE] };
    [p]
}

fn main() {
    println!("{}", fill(1, [0; 1]));
    let _ = split((1, 2));
    let _ = page_of(1);
}
