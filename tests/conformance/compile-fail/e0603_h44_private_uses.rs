// Private items used from outside their module; results used afterwards.
mod bank {
    pub struct Vault {
        gold: u32,
        pub name: &'static str,
    }

    impl Vault {
        pub fn new(name: &'static str) -> Vault {
            Vault { gold: 100, name }
        }

        fn audit(&self) -> u32 {
            self.gold / 10
        }
    }

    fn interest(g: u32) -> u32 {
        g / 20
    }

    const LIMIT: u32 = 500;
}

fn main() {
    let v = bank::Vault::new("north");
    let g = v.gold + 5;
    let a = v.audit() * 2;
    let i = bank::interest(g);
    let over = g > bank::LIMIT;
    let msg: &str = g + a + i;
    let w = bank::Vault { gold: 1, name: "south" };
    println!("{} {} {} {}", msg, over, w.name, v.name);
}
