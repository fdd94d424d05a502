fn main() {
    let json = r#"{"name": "ferris", "tags": ["crab"]}"#;
    let pattern = r#"^\d+$";
    println!("{} {}", json, pattern);
}
