package org.vigia.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import javax.transaction.xa.XAException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

/** Which failures count as the database being out of reach (503) rather than a fault of the request (500). */
class DatabaseOutageTest {

    @Test
    void connectionFailuresDeepInTheChainAreOutages() {
        SQLException refused = new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306",
                "08000", new ConnectException("Connection refused"));
        assertTrue(DatabaseOutage.causedBy(new EJBException(new PersistenceException(refused))));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Communications link failure", "08S01")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Server shutdown in progress", "HY000", 1053)));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Connection was killed", "70100", 1927)));
        assertTrue(DatabaseOutage.causedBy(new EJBException(new jakarta.resource.spi.ResourceAllocationException(
                "Error in allocating a connection"))));
        // seen when MariaDB stopped between the insert and the commit (FaultToleranceIT)
        assertTrue(DatabaseOutage.causedBy(new EJBException(new jakarta.transaction.SystemException(
                "org.omg.CORBA.INTERNAL: JTS5031: Exception [org.omg.CORBA.INTERNAL:   vmcid: 0x0  minor code: 0"
                + " completed: Maybe] on Resource [commit one phase] operation.  vmcid: 0x0  minor code: 0"
                + "  completed: No"))));
        assertTrue(DatabaseOutage.causedBy(new jakarta.transaction.SystemException("org.omg.CORBA.INTERNAL: JTS5031:"
                + " Exception [org.omg.CORBA.INTERNAL:   vmcid: 0x0  minor code: 0 completed: Maybe] on Resource"
                + " [rollback] operation.  vmcid: 0x0  minor code: 0  completed: No")));
        XAException rmfail = new XAException(XAException.XAER_RMFAIL);
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(rmfail)));
    }

    @Test
    void eclipseLinkCommunicationFailuresAreOutages() {
        DatabaseException communication = DatabaseException.sqlException(new SQLException("gone", "HY000", 2013),
                null, null, true);
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(communication)));
        DatabaseException viaInternal = DatabaseException.sqlException(new SQLException("gone", "08S01"), null, null, false);
        assertTrue(DatabaseOutage.causedBy(viaInternal));
    }

    @Test
    void failuresOfTheRequestItselfAreNot() {
        assertFalse(DatabaseOutage.causedBy(new SQLException("Deadlock found", "40001", 1213)));
        assertFalse(DatabaseOutage.causedBy(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(DatabaseOutage.causedBy(new EJBException(new OptimisticLockException("stale"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("bad")));
        assertFalse(DatabaseOutage.causedBy(new jakarta.transaction.SystemException("no transaction to commit")));
        assertFalse(DatabaseOutage.causedBy(new RuntimeException(new XAException(XAException.XAER_NOTA))));
        DatabaseException syntax = DatabaseException.sqlException(new SQLException("syntax", "42000", 1064), null, null,
                false);
        assertFalse(DatabaseOutage.causedBy(syntax));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        SQLException first = new SQLException("a", "HY000");
        SQLException second = new SQLException("b", "HY000");
        first.setNextException(second);
        second.setNextException(first);
        assertFalse(DatabaseOutage.causedBy(first));
    }
}
