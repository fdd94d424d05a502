// lints: irrefutable_let_patterns
#[derive(Debug)]
struct Token(u8);

fn main() {
    let t = Token(7);
    if let Token(code) = t {
        println!("code {}", code);
    }
    if let () = () {
        println!("unit");
    }
    while let _ = 1 {
        break;
    }
}
