fn connect(host: &str, port: u16 = 80) -> String {
    format!("{}:{}", host, port)
}

fn main() {
    println!("{}", connect("localhost", 8080));
}

fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let (a, b) = s.split_once(',')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

fn manhattan((x1, y1): (i32, i32), (x2, y2): (i32, i32)) -> i32 {
    (x1 - x2).abs() + (y1 - y2).abs()
}
