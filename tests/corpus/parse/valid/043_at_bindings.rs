// `name @ pattern` bindings, including with ranges, or-patterns, subpatterns and ref.
#[derive(Debug)]
enum Message {
    Hello { id: u32 },
    Data(Vec<u8>),
    Ping,
}

fn describe(msg: &Message) -> String {
    match msg {
        Message::Hello { id: id_var @ 3..=7 } => format!("hello in range: {id_var}"),
        Message::Hello { id: small @ (0 | 1 | 2) } => format!("small id {small}"),
        Message::Hello { id } => format!("other id {id}"),
        Message::Data(bytes @ _) if bytes.len() > 4 => format!("long data {}", bytes.len()),
        whole @ Message::Data(_) => format!("short {whole:?}"),
        Message::Ping => "ping".into(),
    }
}

fn split(v: &[i32]) -> (i32, usize) {
    match v {
        [head @ 1..=9, tail @ ..] => (*head, tail.len()),
        all @ [_, ..] => (0, all.len()),
        [] => (-1, 0),
    }
}

#[derive(Debug, Clone)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let msgs = [Message::Hello { id: 5 }, Message::Hello { id: 1 }, Message::Data(vec![1, 2, 3, 4, 5]), Message::Data(vec![]), Message::Ping];
    for m in &msgs {
        println!("{}", describe(m));
    }
    println!("{:?}", split(&[4, 5, 6]));
    let p = Point { x: 3, y: -3 };
    let whole @ Point { x: px, .. } = p.clone();
    let ref r @ Point { y, .. } = p;
    let mut counter @ 0..=100 = 5 else { return };
    counter += 1;
    let opt = Some(42);
    if let Some(n @ 40..=50) = opt {
        println!("{n}");
    }
    let pair @ (a, b) = (1, 2);
    println!("{whole:?} {px} {r:?} {y} {counter} {pair:?} {a} {b}");
}
