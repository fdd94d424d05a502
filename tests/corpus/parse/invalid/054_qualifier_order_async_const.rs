// edition:2021
pub struct Client;

impl Client {
    async const fn ping(&self) -> u32 {
        1
    }
}

fn main() {
    let _ = Client.ping();
}
