fn connect(host: &str, port: u16 = 80) -> String {
    format!("{}:{}", host, port)
}

fn main() {
    println!("{}", connect("localhost", 8080));
}
