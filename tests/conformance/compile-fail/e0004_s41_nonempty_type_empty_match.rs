fn main() {
    let t = (1u8, 2u8);
    match t {}
}
