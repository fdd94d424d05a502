fn main() {
    let r#type = "keyword";
    println!("{}", r#type);
    println!("{r#type}");
}
