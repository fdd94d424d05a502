// A static route table: tuple structs and returned pairs of borrowed names.
#[derive(Debug, Clone, Copy)]
struct Route(&str, u16);

#[derive(Debug, Clone, Copy)]
struct Hop<'a> {
    name: &'a str,
    cost: u32,
}

struct Path {
    hops: [Hop; 3],
}

const ROUTES: [(&str, u16); 3] = [("home", 80), ("api", 8080), ("admin", 9000)];

fn endpoints(a: &Hop, b: &Hop) -> (&str, &str) {
    (a.name, b.name)
}

fn port_of(name: &str) -> u16 {
    for (n, p) in ROUTES {
        if n == name {
            return p;
        }
    }
    0
}

fn cheapest(hops: &[Hop]) -> &str {
    let mut best = 0;
    for i in 1..hops.len() {
        if hops[i].cost < hops[best].cost {
            best = i;
        }
    }
    hops[best].name
}

fn main() {
    let hops = [Hop { name: "a", cost: 3 }, Hop { name: "b", cost: 1 }, Hop { name: "c", cost: 2 }];
    let p = Path { hops };
    println!("{:?} {} {}", endpoints(&hops[0], &hops[2]), port_of("api"), cheapest(&p.hops));
    println!("{:?}", Route("x", 1));
}
