#[derive(Debug, Clone, Copy)]
enum Gate {
    Open,
    Closed,
}

fn pass(g: Gate, has_key: bool) -> bool {
    match g {
        Gate::Open => true,
        Gate::Closed if has_key => true,
    }
}

fn main() {
    println!("{}", pass(Gate::Closed, false));
    println!("{}", pass(Gate::Open, false));
}
