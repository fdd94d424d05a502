// Locals shadowing items, and items shadowing in blocks.
const MAX: u32 = 10;
static NAME: &str = "dev";

fn limit() -> u32 {
    MAX
}

struct Unit;

fn main() {
    let limit = limit() + 1;
    let total = limit() * 2;
    let MAX = 3;
    let NAME = "prod";
    {
        fn limit() -> u32 {
            99
        }
        const MAX: u32 = 50;
        println!("{} {}", limit(), MAX);
    }
    let Unit = Unit;
    println!("{} {} {} {}", limit, total, MAX, NAME);
}
