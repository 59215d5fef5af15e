export function installedElectron(electronPackage: string): string | null;
export function electronBinary(electronPackage: string): string | null;
