const START: usize = 2;
const END: usize = 1;
const SPAN: usize = END - START;

fn main() {
    let buf = [0u8; SPAN];
    println!("{}", buf.len());
}
