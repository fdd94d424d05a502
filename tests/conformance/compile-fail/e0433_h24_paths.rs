// A tiny command router that uses paths through modules and enums.
mod router {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Verb {
        Get,
        Put,
    }

    pub mod handlers {
        pub fn get() -> u8 {
            1
        }
        pub fn put() -> u8 {
            2
        }
    }

    pub fn dispatch(v: Verb) -> u8 {
        match v {
            Verb::Get => handlers::get(),
            Verb::Put => handler::put(),
        }
    }
}

fn route(name: &str) -> router::Verb {
    if name == "get" {
        router::Verb::Get
    } else if name == "del" {
        Verb::Put
    } else {
        router::Verbs::Put
    }
}

fn main() {
    let v = route("get");
    println!("{}", router::dispatch(v));
    println!("{}", routr::handlers::get());
    println!("{}", i32::max(1, 2));
    println!("{}", std::mathx::PI);
    println!("{}", super::router::handlers::put());
}
