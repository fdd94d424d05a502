fn main() {
    while x
}
