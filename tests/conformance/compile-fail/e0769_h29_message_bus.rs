// A message bus dispatcher that matches tuple variants and tuple structs with braces.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Topic(u16);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Msg {
    Publish(Topic, u32),
    Subscribe { topic: Topic, client: u8 },
    Ping,
}

fn route(m: Msg) -> u16 {
    match m {
        Msg::Publish { topic, payload } => topic.0 + (payload % 7) as u16,
        Msg::Subscribe { topic: Topic(t), .. } => t,
        Msg::Ping => 0,
    }
}

fn topic_id(t: Topic) -> u16 {
    let Topic { id } = t;
    id
}

fn client_of(m: &Msg) -> u8 {
    match m {
        Msg::Subscribe { client, .. } => *client,
        Msg::Publish(..) | Msg::Ping => 0,
    }
}

fn main() {
    let msgs = [
        Msg::Publish(Topic(3), 40),
        Msg::Subscribe { topic: Topic(9), client: 2 },
        Msg::Ping,
    ];
    for m in msgs {
        println!("{} {}", route(m), client_of(&m));
    }
    println!("{}", topic_id(Topic(5)));
    let Msg::Subscribe { topic, clients } = msgs[1] else { return };
    println!("{:?} {}", topic, clients);
}
