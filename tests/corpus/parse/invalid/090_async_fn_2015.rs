// edition:2015
struct Service;

impl Service {
    async fn handle(&self, req: u32) -> u32 {
        req + 1
    }
}

fn main() {
    let s = Service;
    let _ = s.handle(1);
}
