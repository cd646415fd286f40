// Driver.swift — placeholder replaced by the driver.
import GoSyntax
import GoTypes
