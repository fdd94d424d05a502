fn main() {
    if
}
