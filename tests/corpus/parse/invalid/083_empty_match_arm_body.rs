fn main() {
    let maybe: Option<u8> = Some(3);
    match maybe {
        Some(v) => println!("{}", v),
        None => ,
    }
}
