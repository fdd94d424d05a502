fn main() {
    let x = 5;
    let y = (1 + 2;
    foo(x, y);
}
