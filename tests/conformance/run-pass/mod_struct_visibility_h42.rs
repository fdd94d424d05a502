// Struct visibility: public fields, private fields with a constructor, tuple structs.
mod shapes {
    #[derive(Debug, Clone, Copy)]
    pub struct OpenBox {
        pub contents: u32,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct ClosedBox {
        contents: u32,
    }

    impl ClosedBox {
        pub fn new(contents: u32) -> ClosedBox {
            ClosedBox { contents }
        }

        pub fn peek(&self) -> u32 {
            self.contents
        }
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Id(pub u16, u16);

    impl Id {
        pub fn make(major: u16) -> Id {
            Id(major, 0)
        }

        pub fn minor(&self) -> u16 {
            self.1
        }
    }
}

fn main() {
    let open_box = shapes::OpenBox { contents: 7 };
    println!("the open box contains: {}", open_box.contents);
    let closed = shapes::ClosedBox::new(9);
    println!("the closed box contains: {}", closed.peek());
    println!("{:?}", closed);
    let id = shapes::Id::make(3);
    println!("major {} minor {}", id.0, id.minor());
}
