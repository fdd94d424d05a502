fn main() {
    for r in .1 {}
}
