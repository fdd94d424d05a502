// A message is moved into a send function inside a loop: the second iteration has nothing to send.
#[derive(Debug)]
struct Message {
    topic: &'static str,
    body: [u8; 8],
}

fn send(m: Message, retries: u32) -> bool {
    println!("sending {:?} (try {})", m.topic, retries);
    m.body[0] != 0
}

fn main() {
    let msg = Message { topic: "alerts", body: [1, 2, 3, 4, 5, 6, 7, 8] };
    for attempt in 1..=3 {
        if send(msg, attempt) {
            break;
        }
    }
}
