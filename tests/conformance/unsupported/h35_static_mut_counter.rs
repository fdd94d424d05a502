// A global request counter kept in a `static mut` (outside L1).
static mut REQUESTS: u32 = 0;
static LIMIT: u32 = 3;

fn handle(path: &str) -> bool {
    unsafe {
        REQUESTS += 1;
        REQUESTS <= LIMIT && !path.is_empty()
    }
}

fn main() {
    let paths = ["/", "/a", "", "/b", "/c"];
    for p in paths {
        println!("{:>3} {}", p, handle(p));
    }
    let n = unsafe { REQUESTS };
    println!("{}", n);
}
