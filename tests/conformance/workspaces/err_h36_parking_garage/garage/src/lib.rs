pub mod spots {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Vehicle {
        Motorcycle,
        Car,
        Van,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Ticket {
        pub plate: u32,
        pub vehicle: Vehicle,
        pub entered_min: u32,
        spot: u16,
    }

    impl Ticket {
        pub fn spot(&self) -> u16 {
            self.spot
        }
    }

    pub const LEVELS: usize = 2;
    pub const PER_LEVEL: usize = 4;

    pub struct Garage {
        taken: [[bool; PER_LEVEL]; LEVELS],
        pub issued: u32,
    }

    impl Garage {
        pub fn new() -> Garage {
            Garage { taken: [[false; PER_LEVEL]; LEVELS], issued: 0 }
        }

        fn first_free(&self, vehicle: Vehicle) -> usize {
            let start = match vehicle {
                Vehicle::Van => PER_LEVEL,
                _ => 0,
            };
            for i in start..LEVELS * PER_LEVEL {
                if !self.taken[i / PER_LEVEL][i % PER_LEVEL] {
                    return i;
                }
            }
            usize::MAX
        }

        pub fn enter(&mut self, plate: u32, vehicle: Vehicle, now_min: u32) -> Ticket {
            let i = self.first_free(vehicle);
            assert!(i != usize::MAX, "garage full");
            self.taken[i / PER_LEVEL][i % PER_LEVEL] = true;
            self.issued += 1;
            Ticket { plate, vehicle, entered_min: now_min, spot: i as u16 }
        }

        pub fn leave(&mut self, ticket: Ticket) {
            let i = ticket.spot as usize;
            self.taken[i / PER_LEVEL][i % PER_LEVEL] = false;
        }
    }
}
