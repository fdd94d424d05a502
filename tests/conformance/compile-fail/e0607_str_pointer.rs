// Needs raw pointers (tier L3): turning a byte pointer into a `str` pointer.
fn main() {
    let bytes = b"hello";
    let start = bytes.as_ptr();
    let text = start as *const str;
    let n = 5usize;
    let also = &n as *const usize as *const [usize];
    println!("{:?} {:?}", text, also);
}
