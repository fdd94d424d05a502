struct S;
impl S {
    fn method(&self) -> u32
}
fn main() {}
