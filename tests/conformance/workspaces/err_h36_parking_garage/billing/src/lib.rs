use garage::spots::{Ticket, Vehicle};

pub mod rates {
    pub const FREE_MINUTES: u32 = 15;

    pub(crate) fn hourly_cents(v: garage::spots::Vehicle) -> u32 {
        match v {
            garage::spots::Vehicle::Motorcycle => 100,
            garage::spots::Vehicle::Car => 250,
            garage::spots::Vehicle::Van => 400,
        }
    }
}

pub fn charge(ticket: &Ticket, now_min: u32) -> u32 {
    let stayed = now_min - ticket.entered_min;
    if stayed <= rates::FREE_MINUTES {
        return 0;
    }
    let hours = (stayed + 59) / 60;
    hours * rates::hourly_cents(ticket.vehicle)
}

pub fn is_oversize(v: Vehicle) -> bool {
    v == Vehicle::Van
}
