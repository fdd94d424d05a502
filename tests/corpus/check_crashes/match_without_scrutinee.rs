fn main() {
    match
}
