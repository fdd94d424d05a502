fn main() {
    while
}
