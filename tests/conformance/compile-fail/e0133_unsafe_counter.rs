// A global request counter kept in a `static mut` and touched without `unsafe`.
static mut REQUESTS: u64 = 0;

fn handle(path: &str) -> u16 {
    REQUESTS += 1;
    if path.len() > 1 { 200 } else { 404 }
}

fn main() {
    for p in ["/", "/index", "/about"] {
        println!("{} -> {}", p, handle(p));
    }
    println!("served {}", REQUESTS);
}
