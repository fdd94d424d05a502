fn main() {
    let lang = "Rust";
    let year = 2015;
    println!("{} since {}" lang, year);
}
