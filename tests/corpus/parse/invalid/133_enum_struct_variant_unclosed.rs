#[derive(Debug)]
pub enum Event {
    Connected { peer: String, port: u16 },
    Message { from: String, body: String,
    Disconnected(String),
}

pub fn describe(e: &Event) -> String {
    match e {
        Event::Connected { peer, port } => format!("{peer}:{port} connected"),
        Event::Message { from, body } => format!("{from}: {body}"),
        Event::Disconnected(peer) => format!("{peer} left"),
    }
}

fn main() {
    let e = Event::Disconnected("ann".into());
    println!("{}", describe(&e));
}
