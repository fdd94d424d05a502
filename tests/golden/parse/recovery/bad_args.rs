fn main() {
    foo(1, , 2);
    let y = 2;
}
fn second() { bar(1 2); }
