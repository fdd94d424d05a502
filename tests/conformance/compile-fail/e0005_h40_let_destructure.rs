#[derive(Debug, Clone, Copy)]
enum Reply {
    Ok(u16),
    Redirect(u16, u32),
    Failed,
}

#[derive(Debug, Clone, Copy)]
struct Exchange {
    id: u32,
    reply: Reply,
}

fn status(x: Exchange) -> u16 {
    let Exchange { reply: Reply::Ok(code), .. } = x;
    code
}

fn target(x: &Exchange) -> u32 {
    let Exchange { id, reply } = x;
    let Reply::Redirect(_, to) = *reply else {
        return *id;
    };
    to
}

fn head(codes: &[u16]) -> u16 {
    let [first, ..] = codes;
    *first
}

fn main() {
    let xs = [
        Exchange { id: 1, reply: Reply::Ok(200) },
        Exchange { id: 2, reply: Reply::Redirect(301, 9) },
        Exchange { id: 3, reply: Reply::Failed },
    ];
    println!("{} {} {}", status(xs[0]), target(&xs[1]), head(&[404, 500]));
}
