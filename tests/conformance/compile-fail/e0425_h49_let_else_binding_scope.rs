// Bindings of a `let ... else` pattern used inside the else block and before the statement.
#[derive(Debug, Clone, Copy)]
enum Req {
    Get { path_id: u32 },
    Post { path_id: u32, size: u32 },
    Options,
}

fn size_of(r: Req) -> u32 {
    let Req::Post { path_id, size } = r else {
        println!("request {path_id} has no body");
        return 0;
    };
    size + path_id * 0
}

fn route(r: Req) -> u32 {
    println!("routing {}", id);
    let Req::Get { path_id: id } = r else {
        return u32::MAX;
    };
    id
}

fn main() {
    let reqs = [Req::Get { path_id: 3 }, Req::Post { path_id: 4, size: 128 }, Req::Options];
    for r in reqs {
        println!("{} {}", size_of(r), route(r));
    }
}
