// A module hands out values of a type it forgot to make `pub`.
mod inventory {
    #[derive(Debug, Clone, Copy)]
    struct Sku {
        code: u32,
    }

    pub struct Shelf {
        pub label: &'static str,
        pub first: Sku,
    }

    impl Sku {
        pub fn code(&self) -> u32 {
            self.code
        }
    }

    pub fn lookup(code: u32) -> Sku {
        Sku { code }
    }

    pub fn restock(sku: Sku, count: u32) -> u32 {
        sku.code * count
    }

    pub const EMPTY: Sku = Sku { code: 0 };

    pub fn shelf() -> Shelf {
        Shelf { label: "front", first: EMPTY }
    }
}

fn main() {
    let sku = inventory::lookup(1200);
    println!("{:?}", sku);
    let total = inventory::restock(sku, 3);
    if sku.code() > 1000 {
        println!("big code, total {}", total);
    }
    let shelf = inventory::shelf();
    println!("{}", shelf.label);
}
