// A config module whose pub constructor returns a private type,
// and a caller that tries to build another struct by hand.
mod config {
    #[derive(Debug, Clone, Copy)]
    struct Limits {
        max_users: u32,
        max_rooms: u32,
    }

    impl Limits {
        pub fn users(&self) -> u32 {
            self.max_users
        }
        pub fn rooms(&self) -> u32 {
            self.max_rooms
        }
    }

    pub fn defaults() -> Limits {
        Limits { max_users: 100, max_rooms: 8 }
    }

    #[derive(Debug)]
    pub struct Server {
        pub port: u16,
        threads: u8,
    }

    impl Server {
        pub fn threads(&self) -> u8 {
            self.threads
        }
    }
}

fn main() {
    let limits = config::defaults();
    println!("{} users in {} rooms", limits.users(), limits.rooms());
    let server = config::Server { port: 8080, threads: 4 };
    println!("{:?} {}", server, server.threads());
}
