pub enum DoorKind {
    Center,
    Side,
    Freight { panels: u8 },
}

pub fn open_time(kind: DoorKind) -> u8 {
    match kind {
        DoorKind::Center => 3,
        DoorKind::Side => 4,
        DoorKind::Freight { panels } => 2 * panels,
    }
}
